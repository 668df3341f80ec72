// A Vite plugin that makes Monaco's stylesheets load with Monaco instead of with every page.
//
// Monaco's modules import their CSS as side effects (`import './editor.css';`). Astro links the
// CSS of every module a page can reach, dynamic imports included (withastro/astro#9495), so a lesson
// page would carry ~175 KB of editor CSS before anyone edits. This rewrites those imports into
// `?inline` strings injected as <style> when the module runs, i.e. only when the editor loads.

const cssImport = /^import '([^']+\.css)';$/gm;

/** @returns {import("vite").Plugin} */
export function inlineMonacoCss() {
  return {
    name: "inline-monaco-css",
    enforce: "pre",
    transform(code, id) {
      if (!id.includes("/node_modules/monaco-editor/") || !id.endsWith(".js") || !code.includes(".css'")) return null;
      let index = 0;
      const rewritten = code.replace(cssImport, (_line, path) => {
        index += 1;
        const name = `__monacoCss${index}`;
        return `import ${name} from '${path}?inline';\nif (typeof document !== "undefined") document.head.append(Object.assign(document.createElement("style"), { textContent: ${name} }));`;
      });
      return index > 0 ? { code: rewritten, map: null } : null;
    },
  };
}
