export default {
  routes: [{ method: 'GET', path: '/topics', handler: 'api::topic.topic.tree', config: { auth: false as const } }],
};
