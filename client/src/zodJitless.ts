import { config } from 'zod'

// The CSP forbids eval. Zod probes for it with `Function('')` when it builds its first object
// schema, and the browser reports that as a violation; jitless mode never probes. This module is
// imported first by main.tsx, before any schema is built.
config({ jitless: true })
