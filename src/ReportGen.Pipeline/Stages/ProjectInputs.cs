using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Ingest;

namespace ReportGen.Pipeline.Stages;

/// <summary>The project file, definitions and data of a build, read and checked together.</summary>
/// <param name="Project">The project file.</param>
/// <param name="Definitions">The indicator definitions.</param>
/// <param name="Observations">The data rows.</param>
/// <param name="DataRows">For each data file: the rows read and used, for the manifest.</param>
internal sealed record ProjectInputs(ProjectFile Project, IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<Observation> Observations, IReadOnlyList<DataFileRows> DataRows);
