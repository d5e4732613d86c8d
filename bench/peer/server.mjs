// The auto-REST peer of bench/peer.sh: Platformatic's SQL mapper and its generated OpenAPI routes on Fastify, over
// the app's own PostgreSQL, with nothing written by hand but this start-up. It maps every table of the schema; bench/peer.sh reads /indicatorValues with the
// mapper's filters (where.<field>.eq|in), orderby.<field> and limit, straight from the table.
// PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and PORT come from bench/peer.sh; POOL_SIZE (default 10) matches
// the app's Hikari pool.
import Fastify from 'fastify'
import sqlMapper from '@platformatic/sql-mapper'
import sqlOpenapi from '@platformatic/sql-openapi'

const env = process.env
const connectionString = `postgres://${encodeURIComponent(env.PGUSER)}:${encodeURIComponent(env.PGPASSWORD || '')}` +
  `@${env.PGHOST}:${env.PGPORT}/${encodeURIComponent(env.PGDATABASE)}`

const app = Fastify({ logger: { level: 'warn' } })
await app.register(sqlMapper, {
  connectionString,
  poolSize: Number(env.POOL_SIZE || 10),
  limit: { default: 20, max: 100 },
})
await app.register(sqlOpenapi)
await app.listen({ host: '127.0.0.1', port: Number(env.PORT) })
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => app.close().then(() => process.exit(0)))
}
