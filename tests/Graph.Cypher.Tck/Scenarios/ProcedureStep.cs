using Graph.Cypher.Tck.Engine;

namespace Graph.Cypher.Tck.Scenarios;

public sealed record ProcedureStep(int Line, TckProcedure Procedure) : TckStep(Line);
