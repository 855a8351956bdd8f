// Finds Debian's Chromium, installing it (and a CJK font) with apt-get where we are root and it is missing.
import { execSync, spawnSync } from "node:child_process";

export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execSync("command -v chromium || command -v chromium-browser || command -v google-chrome", {
      encoding: "utf8",
      shell: "/bin/sh",
    }).trim();
  } catch {
    return undefined;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found && hasCjkFont()) return found;
  if (process.getuid?.() !== 0) {
    console.warn(
      "Chromium or the CJK font is missing and we are not root: apt-get install -y chromium fonts-wqy-microhei",
    );
    return found;
  }
  console.log("Installing Debian chromium and fonts-wqy-microhei …");
  spawnSync("apt-get", ["update"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-wqy-microhei"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return findChromium();
}

function hasCjkFont() {
  try {
    return execSync("fc-list :lang=zh family", { encoding: "utf8" }).trim().length > 0;
  } catch {
    return false;
  }
}
