// Busy loops that Stop must end, in the main process and in a child while the main one waits in
// join(): the end-to-end tests check Stop against them and the bench times it on the same code.

/** Each program prints "spinning", then loops forever. */
export const spinners = {
  main: 'console.log("spinning");\nwhile (true) {}\n',
  child:
    'import { Process } from "multiprocessing";\nexport function spin(): void { console.log("spinning"); while (true) {} }\n' +
    "if (import.meta.main) { const p = new Process({ target: spin }); p.start(); await p.join(); }\n",
} as const;
