// Jest global teardown: the template database of the run (template-database.js) goes.
const { dropTemplate } = require('./template-database');

module.exports = dropTemplate;
