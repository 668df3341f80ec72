/**
 * The components every lesson can use without importing them, passed to each lesson's
 * `<Content components={lessonComponents} />`. This list is the whole vocabulary of
 * `content/README.md`; add a component here and document it there.
 */
import Example from "./Example.astro";
import Exercise from "./Exercise.astro";
import Pitfall from "./Pitfall.astro";
import Predict from "./Predict.astro";
import Quiz from "./Quiz.astro";
import SpeedupChart from "./SpeedupChart.astro";
import ThroughputChart from "./ThroughputChart.astro";

/** Components available in every lesson's MDX. */
export const lessonComponents = { Example, Predict, Quiz, Pitfall, Exercise, SpeedupChart, ThroughputChart };
