import { exportBench } from './exportBench'

/** `npm run bench`: every benchmark, printing figures; exits 1 when a target is missed. */
const results = [await exportBench()]
if (results.some((ok) => !ok)) {
  console.log('\nSome targets were missed (see the ratios above).')
  process.exitCode = 1
}
