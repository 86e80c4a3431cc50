export default {
  routes: [
    { method: 'GET', path: '/media-assets', handler: 'api::media-asset.media-asset.publicList', config: { auth: false as const } },
  ],
};
