/**
 * The training API (`sobolev/train`): a reference model's data, surrogate training (plain and
 * Sobolev), Interval Adjoint Significance Analysis, pruning, evaluation, export — and the whole
 * pipeline (`fit` for a reference model, `runPipeline` for any problem). `sobolev fit` and the case
 * study are thin callers of these.
 */
export { fit, FIT_SCALES, FitError, neuronsFor, referenceProblem, writeSurrogate, type FitOptions, type FitResult } from "./fit.js";
export { loadReference, ReferenceError, type ClosedForm, type InputBox, type ReferenceModel } from "./reference.js";
export { monteCarloPoints, parallelShift, referenceTestSet, simulateReference, type TestSet } from "./reference-data.js";
export { cloneModel, runPipeline, type PipelineOptions, type Problem, type Report, type Scale, type StageReport, type StageTraining } from "./pipeline.js";
export { initModel, train, TrainingError, TrainingInterrupted, validateData, type Progress, type TrainData, type TrainOptions } from "./trainer.js";
export { evaluateModel, loadModel, ModelFileError, r2Triple, saveModel, type R2, type SurrogateModel } from "./model.js";
export { dataBox, significance, type Box } from "./significance.js";
export { chooseRemovals, dataMeans, midValues, pruneNeurons } from "./prune.js";
export { mlpSizes, paramCount } from "./mlp.js";
export { mlpFunctions } from "./mlp-surrogate.js";
export { exportOnnx, exportOnnxFile } from "./onnx/export.js";
export { importOnnxFile } from "./onnx/import.js";
export { surrogateSource } from "./surrogate-module.js";
export { writeReport, type Slice } from "./report.js";
