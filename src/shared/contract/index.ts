export * from './api';
export * from './calls';
export * from './contract';
export * from './errors';
export * from './models';
export * from './provisioning';
export * from './wire';
