export * from './model'
export * from './protocol'
export * from './schema'
