/** The plugin's HTTP contracts: the server answers in these shapes and the admin panel reads them. */
export * from './items';
export * from './queue';
export * from './notifications';
export * from './stats';
export * from './turnaround';
export * from './preview';
export * from './bulk';
export * from './overview';
export * from './snapshots';
export * from './delegation';
export * from './concerns';
