// The Hocuspocus server under test (@hocuspocus/server 3.4): in memory, or with the SQLite
// extension (its defaults: the whole document stored 2 s after the last change, at most every
// 10 s, and when the last client leaves) when SQLITE_FILE is set. Prints its port when listening.
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const database = process.env.SQLITE_FILE
const server = new Server({
  address: '127.0.0.1',
  port: 0,
  quiet: true,
  extensions: database ? [new SQLite({ database })] : [],
})
await server.listen()
process.stdout.write(`hocuspocus listening on ${server.address.port}\n`)
