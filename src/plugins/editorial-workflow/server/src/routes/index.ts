import admin from './admin';
import stats from './stats';

export default { admin, stats };
