// Serves addin/dist over HTTPS on https://localhost:3000 for sideloading dist/manifest.dev.xml (namespace KLDEV).
// Certificates are generated once into the repository's ignored .certs/ folder with office-addin-dev-certs'
// generateCertificates (no sudo, no network). Trust .certs/ca.crt in your OS or browser to load the add-in in Excel;
// getHttpsServerOptions() is not used because it installs the CA with sudo (shared/notes/excel-addin.md §8.12).
// Usage: node addin/scripts/serve.mjs [--port 3000]; `pnpm start` spawns it. Runs until stopped.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCertificates } from "office-addin-dev-certs";

const addinDir = fileURLToPath(new URL("..", import.meta.url));
const dist = join(addinDir, "dist");
const certs = join(addinDir, "..", ".certs");
const portArg = process.argv.indexOf("--port");
const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.KEYLENS_ADDIN_PORT ?? 3000));

const ca = join(certs, "ca.crt");
const cert = join(certs, "localhost.crt");
const key = join(certs, "localhost.key");

// Excel on the web fetches functions.json and functions.js cross-origin; Vite's and Node's defaults send no CORS
// headers, so allow the Office origins explicitly (shared/notes/excel-addin.md §4).
const officeOrigins = [
  /^https:\/\/([a-z0-9-]+\.)*officeapps\.live\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office365\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*sharepoint\.com$/,
  /^https:\/\/localhost(:\d+)?$/,
];

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

async function ensureCertificates() {
  if (existsSync(ca) && existsSync(cert) && existsSync(key)) return;
  await generateCertificates(ca, cert, key, 30, ["localhost", "127.0.0.1"]);
  console.log(`Generated development certificates in ${certs} (trust ca.crt to sideload).`);
}

function handle(request, response) {
  const origin = request.headers.origin;
  if (origin && officeOrigins.some((re) => re.test(origin))) {
    response.setHeader("Access-Control-Allow-Origin", origin);
    response.setHeader("Vary", "Origin");
    response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
  }
  if (request.method === "OPTIONS") return void response.writeHead(204).end();
  if (request.method !== "GET" && request.method !== "HEAD") return void response.writeHead(405).end();
  const path = decodeURIComponent(new URL(request.url ?? "/", "https://localhost").pathname);
  const file = normalize(join(dist, path === "/" ? "taskpane.html" : path));
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return void response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
  }
  // Office caches functions.json and functions.js for up to a day; during development always revalidate.
  response.writeHead(200, {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
  });
  response.end(request.method === "HEAD" ? undefined : readFileSync(file));
}

if (!existsSync(join(dist, "manifest.dev.xml"))) {
  console.error("addin/dist is missing: run `pnpm build` first.");
  process.exit(1);
}
await ensureCertificates();
const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) }, handle);
server.listen(port, () => {
  console.log(`Excel add-in: https://localhost:${port}/taskpane.html (sideload addin/dist/manifest.dev.xml)`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
