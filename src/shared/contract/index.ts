export * from './api';
export * from './calls';
export * from './contacts';
export * from './contract';
export * from './errors';
export * from './models';
export * from './provisioning';
export * from './wire';
