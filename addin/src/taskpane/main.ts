// Task-pane entry. In the shared runtime this page is also the custom functions' runtime, so it registers them.
import { registerFunctions } from "../functions/registry.ts";
import { workbookLocale } from "../functions/locale.ts";
import { mountTaskpane } from "./taskpane.ts";

if (typeof CustomFunctions !== "undefined") registerFunctions(CustomFunctions);

void Office.onReady(() => {
  const root = document.getElementById("keylens-taskpane");
  if (!root) return;
  const pane = mountTaskpane(root, {
    run: (batch) => Excel.run(batch),
    onSelectionChanged: (listener) =>
      void Excel.run(async (context) => {
        context.workbook.onSelectionChanged.add(async () => listener());
        await context.sync();
      }),
    locale: workbookLocale(),
  });
  void pane.refresh();
});
