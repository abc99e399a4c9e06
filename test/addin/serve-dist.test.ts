/*
 * npm run serve:dist (scripts/serve-dist.js) serves a build as Excel on the web needs it: CORS on every
 * answer (functions.json is fetched from Excel's origin: office-js issue 3970), JSON as application/json,
 * the right type for each file, no directory listing, 404 for anything else. Run against dist/ (built by
 * `npm test` before jest, or here if missing) on a random localhost port.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createDistHandler } = require(path.join(ROOT, "scripts", "serve-dist.js")) as { createDistHandler: (root: string) => http.RequestListener };

let server: http.Server;
let base = "";

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, "functions.json"))) {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe" });
  }
  server = http.createServer(createDistHandler(DIST));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Status, headers and body of a raw request (the path is sent as written, "../" included). */
const request = (method: string, target: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const url = new URL(base);
    const req = http.request({ host: url.hostname, port: url.port, method, path: target, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });

describe("serve:dist", () => {
  it("serves both metadata files as JSON to any origin, as Excel on the web fetches them", async () => {
    for (const file of ["functions.json", "functions-fr.json"]) {
      const answer = await request("GET", `/${file}`, { Origin: "https://excel.officeapps.live.com" });
      expect({ file, status: answer.status }).toEqual({ file, status: 200 });
      expect(answer.headers["access-control-allow-origin"]).toBe("*");
      expect(answer.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.body).toBe(fs.readFileSync(path.join(DIST, file), "utf8"));
      expect((JSON.parse(answer.body) as { functions: unknown[] }).functions.length).toBeGreaterThanOrEqual(17);
    }
  });

  it("serves the page, its script and style, a help page, the manifest and an icon with their types", async () => {
    const expected: Array<[string, string]> = [
      ["/taskpane.html", "text/html; charset=utf-8"],
      ["/taskpane.js", "text/javascript; charset=utf-8"],
      ["/taskpane.css", "text/css; charset=utf-8"],
      ["/help/fr/index.html", "text/html; charset=utf-8"],
      ["/manifest.xml", "application/xml; charset=utf-8"],
      ["/assets/icon-32.png", "image/png"],
    ];
    for (const [target, type] of expected) {
      const answer = await request("GET", target);
      expect({ target, status: answer.status, type: answer.headers["content-type"], cors: answer.headers["access-control-allow-origin"] }).toEqual({ target, status: 200, type, cors: "*" });
    }
    expect((await request("GET", "/taskpane.html")).body).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("answers a CORS preflight and HEAD, and refuses other methods", async () => {
    const preflight = await request("OPTIONS", "/functions.json", { Origin: "https://excel.officeapps.live.com", "Access-Control-Request-Method": "GET" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    const head = await request("HEAD", "/functions.json");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBe(fs.statSync(path.join(DIST, "functions.json")).size);
    expect(head.body).toBe("");
    expect((await request("POST", "/functions.json")).status).toBe(405);
  });

  it("lists no directory and serves nothing outside dist/", async () => {
    for (const target of ["/", "/help/", "/help/fr", "/nothing.json", "/../package.json", "/%2e%2e/package.json", "/help/../../package.json"]) {
      const answer = await request("GET", target);
      expect({ target, status: answer.status }).toEqual({ target, status: 404 });
      expect(answer.body).toBe("Not found\n");
    }
  });
});
