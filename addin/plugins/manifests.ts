import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/** The values that differ between the production and the development manifest. */
export interface ManifestEnvironment {
  fileName: string;
  id: string;
  /** Where dist/ is served, ending in a slash: https://…/addin/ */
  baseUrl: string;
  namespace: string;
  displayName: string;
  displayNameEn: string;
  buttonLabel: string;
  buttonLabelEn: string;
}

/** Returns the manifest template with `env` filled in. */
export function renderManifest(template: string, env: ManifestEnvironment, version: string): string {
  const tokens: Record<string, string> = {
    ID: env.id,
    VERSION: version,
    BASE: env.baseUrl,
    ORIGIN: new URL(env.baseUrl).origin,
    NAMESPACE: env.namespace,
    DISPLAY_NAME: env.displayName,
    DISPLAY_NAME_EN: env.displayNameEn,
    BUTTON_LABEL: env.buttonLabel,
    BUTTON_LABEL_EN: env.buttonLabelEn,
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    const value = tokens[key];
    if (value === undefined) throw new Error(`Expected a value for manifest token {{${key}}}`);
    return value;
  });
}

/** Returns a Vite plugin that emits one manifest per environment from the template. */
export function manifests(template: string, version: string, environments: readonly ManifestEnvironment[]): Plugin {
  return {
    name: "keylens:manifests",
    buildStart() {
      this.addWatchFile(template);
    },
    generateBundle() {
      const text = readFileSync(template, "utf8");
      for (const env of environments) {
        this.emitFile({ type: "asset", fileName: env.fileName, source: renderManifest(text, env, version) });
      }
    },
  };
}
