namespace Graph.Loading.Resolution;

/// <summary>Receives every party reference's resolution, e.g. to evaluate entity resolution against a ground truth.</summary>
public interface IResolutionSink
{
    void Assign(ResolutionAssignment assignment);
}
