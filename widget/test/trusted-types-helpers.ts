// Shared by trusted-types.test.ts and requests.test.ts: the probe page and what its scripts record.

export interface Probe {
  violations: string[];
  calls: string[];
  resources: string[];
  exports: { tag: string; csv: number; svg: number; png: number }[];
  done?: boolean;
  failure?: string;
}

/** Loads test/trusted-types.html in an iframe and waits until its page script has exercised every element. */
export async function loadProbePage(query = ""): Promise<{ frame: HTMLIFrameElement; probe: Probe }> {
  const frame = document.createElement("iframe");
  frame.src = `/test/trusted-types.html${query}`;
  frame.width = "1100";
  frame.height = "900";
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener("load", r, { once: true }));
  const win = frame.contentWindow as Window & { keylensProbe: Probe };
  const end = Date.now() + 25_000;
  while (!win.keylensProbe?.done) {
    if (Date.now() > end) throw new Error("Expected the Trusted Types page to finish its run");
    await new Promise((r) => setTimeout(r, 50));
  }
  return { frame, probe: win.keylensProbe };
}
