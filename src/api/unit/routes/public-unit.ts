export default {
  routes: [{ method: 'GET', path: '/units', handler: 'api::unit.unit.publicList', config: { auth: false as const } }],
};
