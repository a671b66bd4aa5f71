export * from './connection';
export * from './cursor';
export * from './page.args';
export * from './time-range.input';
