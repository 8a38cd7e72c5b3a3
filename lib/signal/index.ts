// The one signal of the app (Napřed / V plánu / Ohroženo / Mimo plán / Splněno / Nehodnoceno) for measures and
// counted targets, what it compares with (what was expected by today), the forecast's wording, and which target a
// filtered slice of a programme may be judged against. Explained to users on the page /jak-se-signal-pocita.
export {
  SIGNALS,
  RULES,
  SIGNAL_RANK,
  OFF_TRACK_GAP,
  AT_RISK_GAP,
  AHEAD_MARGIN,
  signal,
  countedSignal,
  decidingRule,
  deadlinePassed,
  type Signal,
  type SignalInput,
  type DeclaredStatus,
  type RuleId,
} from "./rule";
export {
  linearExpected,
  yearlyExpected,
  measureExpected,
  plannedBy,
  type ProgrammeShape,
  type ExpectedIndicator,
  type YearlyValue,
} from "./expected";
export {
  forecastFact,
  forecastClause,
  verdictText,
  signalWord,
  ruleSummary,
  THRESHOLD_POINTS,
  type ForecastFact,
  type Translate,
} from "./text";
export {
  sliceTarget,
  slicePeriod,
  sliceShape,
  type SliceTarget,
  type SliceFilters,
  type SliceProgramme,
  type NoTargetReason,
} from "./slice";

/** The page that explains the rule; every signal badge and legend links to it. */
export const SIGNAL_RULE_PAGE = "/jak-se-signal-pocita";
export { signalExamples, EXAMPLE_TODAY } from "./examples";
