// The content-type UIDs of src/plugins/editorial-workflow/shared/uids.ts, as compiled into dist/:
// every benchmark compiles the app before the code that requires this runs.
const path = require('path');

module.exports = require(path.resolve(__dirname, '..', 'dist', 'src', 'plugins', 'editorial-workflow', 'shared', 'uids.js'));
