#!/usr/bin/env node
// The `referat` command: starts the server (flags as in the README, e.g. `referat --port 8081`).
import { register } from 'tsx/esm/api'

register()
await import('../src/main.ts')
