// What other programs (benchmarks) use of the demo.
export * from './demo-sources';
