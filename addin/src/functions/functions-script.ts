// Entry of dist/functions.js (the manifest's Script URL): registers every function when CustomFunctions exists.
import { registerFunctions } from "./registry.ts";

if (typeof CustomFunctions !== "undefined") registerFunctions(CustomFunctions);

export { functionsById, registerFunctions, setLocale } from "./registry.ts";
