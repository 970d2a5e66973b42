// Recharts looks its scales up by name in the whole of d3-scale (`import * as`), which keeps every
// scale and d3-time-format in the bundle. The charts here name only these (the time axis is a
// linear scale of epoch milliseconds with its own ticks), so the build resolves Recharts'
// `victory-vendor/d3-scale` to this module instead.
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale'
