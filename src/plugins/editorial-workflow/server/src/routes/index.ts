import admin from './admin';
import stats from './stats';
import network from './network';

export default { admin, stats, network };
