/**
 * The specifier prefix the compiler writes in place of `"multiprocessing"` and `"threading"`; each
 * process worker replaces it with the URL of its own copy of the module.
 */
export const MODULE_PLACEHOLDER = "__MP_MODULE__/";
