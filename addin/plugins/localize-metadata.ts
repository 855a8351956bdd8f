/** One parameter in functions.json. */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}

/** One function in functions.json. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
}

/** The whole functions.json. */
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** A function's names and descriptions in another language; parameters keyed by their English name. */
export interface Translation {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}

/**
 * Returns functions.json with names and descriptions taken from `translations` (ids, types and parameter order
 * unchanged), or the problems that stop it: a function without a translation, a parameter without one, or a
 * translation for something that does not exist.
 */
export function localizeMetadata(
  metadata: FunctionsMetadata,
  translations: Record<string, Translation>,
): { success: true; metadata: FunctionsMetadata } | { success: false; problems: string[] } {
  const problems: string[] = [];
  const known = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(translations)) if (!known.has(id)) problems.push(`${id} is not a function`);
  const functions = metadata.functions.map((fn) => {
    const t = translations[fn.id];
    if (!t?.name || !t.description) {
      problems.push(`${fn.id} needs a name and a description`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const key of Object.keys(t.parameters ?? {})) {
      if (!names.has(key)) problems.push(`${fn.id} has no parameter ${key}`);
    }
    const parameters = fn.parameters.map((p) => {
      const tp = t.parameters?.[p.name];
      if (!tp?.name || !tp.description) {
        problems.push(`${fn.id}.${p.name} needs a name and a description`);
        return p;
      }
      return { ...p, name: tp.name, description: tp.description };
    });
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  return problems.length ? { success: false, problems } : { success: true, metadata: { ...metadata, functions } };
}
