// The ceiling: a bare Node http server returning the same bytes as our API, per path.
const http = require('http');
const fs = require('fs');

const routes = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const bodies = new Map(Object.entries(routes).map(([path, file]) => [path, fs.readFileSync(file)]));

http
  .createServer((req, res) => {
    const body = bodies.get(req.url);
    if (!body) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(body);
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
