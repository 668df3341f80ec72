/**
 * Makes a lab step's figure an exercise: the Runnable (Run, Stop, Edit, Reset, Copy, Share) plus
 * Check, which runs the program and lists each hidden check as passed or failed with its hint, and
 * Show solution, offered once the learner has tried (a stored attempt counts after a reload). Each
 * Check is recorded in lab progress.
 */
import { evaluateAll, measureAll, type Check, type CheckResult, type Measure } from "../../labs/checks.ts";
import { codeKey, recordAttempt, stateLabels, stateOf, stepKey, type StepState } from "../../labs/progress.ts";
import { loadProgress, saveProgress } from "../../labs/progress-store.ts";
import { Runnable } from "../runner/runnable.ts";
import { RunRecorder } from "./run-recorder.ts";

/** What the page puts in each exercise's `script[data-lab-step]`. */
export interface ExerciseData {
  lab: string;
  step: string;
  title: string;
  starter: string;
  solution: string;
  checks: Check[];
  measures: Measure[];
}

function actionButton(label: string): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  return element;
}

/** Shows the checks of an attempt as a list, one line each, hints on failures. */
export function renderChecks(list: HTMLElement, results: readonly CheckResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.className = result.passed ? "lab-check is-passed" : "lab-check is-failed";
      const verdict = document.createElement("strong");
      verdict.textContent = result.passed ? "Passed: " : "Not yet: ";
      item.append(verdict, result.label);
      if (result.hint) {
        const hint = document.createElement("span");
        hint.className = "lab-check-hint";
        hint.textContent = `Hint: ${result.hint}`;
        item.append(hint);
      }
      return item;
    }),
  );
}

/** Tells the page (step badges, sidebar) that a step's state changed. */
function announce(figure: HTMLElement, key: string, state: StepState): void {
  figure.dispatchEvent(new CustomEvent("lab-progress", { detail: { key, state }, bubbles: true }));
}

/** Mounts one exercise figure (once; later calls return null); returns its Runnable. */
export function mountExercise(figure: HTMLElement): Runnable | null {
  const dataScript = figure.querySelector<HTMLScriptElement>("script[data-lab-step]");
  const codeHost = figure.querySelector<HTMLElement>(".code-host");
  const slot = figure.querySelector<HTMLElement>("[data-runner-slot]");
  const list = figure.querySelector<HTMLElement>("[data-checks]");
  const verdict = (figure.closest("[data-checked-exercise]") ?? figure).querySelector<HTMLElement>("[data-verdict]");
  if (!dataScript || !codeHost || !slot || !list || !verdict || figure.dataset.mounted) return null;
  figure.dataset.mounted = "true";
  const data = JSON.parse(dataScript.textContent ?? "{}") as ExerciseData;
  const key = stepKey(data.lab, data.step);
  const runnable = new Runnable({ codeHost, slot, original: data.starter, storageKey: codeKey(data.lab, data.step), fileName: `${data.step}.ts`, label: `${data.title}: TypeScript code` });
  const recorder = new RunRecorder();
  runnable.hooks.push(recorder);

  const check = actionButton("Check");
  check.classList.add("lab-check-button");
  const showSolution = actionButton("Show solution");
  runnable.addAction(check);
  runnable.addAction(showSolution);

  const showState = (state: StepState) => {
    showSolution.disabled = state === "not-started";
    showSolution.title = showSolution.disabled ? "Available after your first Check" : "";
    verdict.textContent = stateLabels[state];
    verdict.dataset.state = state;
  };
  const stored = loadProgress()[key];
  showState(stateOf(loadProgress(), key));
  if (stored) renderChecks(list, stored.checks);

  check.addEventListener("click", async () => {
    check.disabled = true;
    try {
      const result = await runnable.run();
      const run = recorder.finished(result);
      const results = evaluateAll(data.checks, run);
      renderChecks(list, results);
      const progress = recordAttempt(loadProgress(), key, results, measureAll(data.measures, run.stdout), new Date());
      saveProgress(progress);
      showState(stateOf(progress, key));
      announce(figure, key, stateOf(progress, key));
    } finally {
      check.disabled = false;
    }
  });
  showSolution.addEventListener("click", () => {
    if (!confirm("Replace your code with the solution? Your version will be lost.")) return;
    runnable.load(data.solution);
  });
  return runnable;
}
