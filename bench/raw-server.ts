import { readFileSync } from "node:fs";
import { createServer } from "node:http";

// The physical-limit reference for `npm run bench`: a bare Node http server
// that answers every request with the bytes of a file, as JSON. Colloquy's
// figures are printed as a ratio to this one, measured in the same run.

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error("usage: raw-server.ts <body file> <port>");
const body = readFileSync(file);

createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/graphql-response+json; charset=utf-8", "content-length": body.length });
    response.end(body);
  });
}).listen(Number(port), "127.0.0.1", () => console.log("ready"));
