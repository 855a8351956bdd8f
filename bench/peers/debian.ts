// Debian packages the peer benchmarks need (python3-pandas, libreoffice-calc …), installed with apt-get where they
// are missing and we are root; progress goes to stderr so `pnpm bench` shows it.
import { spawnSync } from "node:child_process";

/** Returns the packages of `names` that dpkg does not report as installed. */
export function missingDebianPackages(names: readonly string[]): string[] {
  return names.filter((name) => {
    const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" });
    return r.status !== 0 || !r.stdout.includes("install ok installed");
  });
}

/**
 * Returns null once every package of `names` is installed, installing the missing ones with `apt-get install -y
 * --no-install-recommends` (and `apt-get update` and a second try when that fails); returns why not when `install`
 * is false, we are not root, or apt-get fails.
 */
export function ensureDebianPackages(names: readonly string[], install: boolean): string | null {
  const missing = missingDebianPackages(names);
  if (missing.length === 0) return null;
  const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  if (!install) return `${missing.join(", ")} not installed (${command})`;
  if (process.getuid?.() !== 0) return `${missing.join(", ")} not installed and we are not root: ${command}`;
  const apt = (args: string[]) =>
    spawnSync("apt-get", args, {
      stdio: ["ignore", 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  console.error(`\nInstalling Debian ${missing.join(", ")} for the peer benchmarks …`);
  // Without recommends: pandas would bring matplotlib, scipy, numba …; LibreOffice gstreamer. Minutes saved.
  const args = ["install", "-y", "--no-install-recommends", ...missing];
  if (!apt(args)) {
    apt(["update"]);
    if (!apt(args)) return `${command} failed`;
  }
  const still = missingDebianPackages(names);
  return still.length ? `${still.join(", ")} still missing after ${command}` : null;
}
