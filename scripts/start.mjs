// `pnpm start` (after `pnpm build`): writes the sample book into demo/dist/data/ and serves the demo portal on
// http://localhost:8080 (PORT overrides): / portal, /bills.html bill check, /csp.html under a strict
// Content-Security-Policy header, /keylens-widget.js and /data/*. Also starts the add-in's HTTPS server when
// addin/scripts/serve.mjs exists. Node's http module only.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const demoDir = join(root, "demo");
// Generated on every start; under dist/ so git, Prettier and ESLint skip it.
const dataDir = join(demoDir, "dist", "data");
const bundle = join(root, "widget", "dist", "keylens-widget.js");
const port = Number(process.env.PORT ?? 8080);
// What a locked-down portal sends; /csp.html proves the widget renders under it.
const STRICT_CSP = "default-src 'self'";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

if (!existsSync(bundle)) {
  console.error(`Missing ${bundle}: run \`pnpm build\` first (\`pnpm start\` does).`);
  process.exit(1);
}

const generated = spawnSync("pnpm", ["exec", "tsx", "scripts/sample-data.ts", dataDir], {
  cwd: root,
  stdio: "inherit",
});
if (generated.status !== 0) {
  console.error("Could not generate the sample data (scripts/sample-data.ts).");
  process.exit(1);
}

/** Returns the file under `dir` for a URL path, or null when it would leave `dir` or does not exist. */
function fileIn(dir, urlPath) {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  if (path !== dir && !path.startsWith(dir + sep)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

function route(pathname) {
  if (pathname === "/" || pathname === "/index.html") return { file: join(demoDir, "index.html") };
  if (pathname === "/keylens-widget.js") return { file: bundle };
  if (pathname === "/csp.html")
    return { file: join(demoDir, "csp.html"), headers: { "Content-Security-Policy": STRICT_CSP } };
  if (pathname.startsWith("/data/")) return { file: fileIn(dataDir, pathname.slice("/data/".length)) };
  if (pathname.startsWith("/data")) return { file: null };
  return { file: fileIn(demoDir, pathname.slice(1)) };
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  const { file, headers = {} } = route(pathname);
  if (!file || (req.method !== "GET" && req.method !== "HEAD")) {
    res
      .writeHead(file ? 405 : 404, { "Content-Type": "text/plain; charset=utf-8" })
      .end(file ? "method not allowed" : "not found");
    return;
  }
  res.writeHead(200, {
    "Content-Type": types[extname(file)] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  if (req.method === "HEAD") res.end();
  else res.end(readFileSync(file));
});

const children = [];
const addinServe = join(root, "addin", "scripts", "serve.mjs");
if (existsSync(addinServe)) {
  children.push(spawn(process.execPath, [addinServe], { cwd: root, stdio: "inherit" }));
}

server.listen(port, () => {
  const base = `http://localhost:${port}`;
  console.log(`
keylens demo
  portal         ${base}/
  bill check     ${base}/bills.html
  strict CSP     ${base}/csp.html   (Content-Security-Policy: ${STRICT_CSP})
  embed bundle   ${base}/keylens-widget.js
  sample data    ${base}/data/customers.json  ${base}/data/customers.csv${existsSync(join(dataDir, "bills.json")) ? `  ${base}/data/bills.json` : ""}`);
  if (children.length) {
    console.log(
      `  Excel add-in   https://localhost:${process.env.KEYLENS_ADDIN_PORT ?? 3000}/  (sideload addin/dist/manifest.dev.xml)`,
    );
  }
  console.log("Ctrl+C stops.");
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
    server.close();
    process.exit(0);
  });
}
