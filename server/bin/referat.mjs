#!/usr/bin/env node
// The `referat` command: starts the server (flags as in the README, e.g. `referat --port 8081`),
// or exports or imports a meeting (`referat help`).
import { register } from 'tsx/esm/api'

register()
await import('../src/cli.ts')
