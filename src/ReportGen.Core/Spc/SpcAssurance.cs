namespace ReportGen.Core.Spc;

/// <summary>Whether the process, as its limits describe it, can be relied on to meet the target.</summary>
public enum SpcAssurance
{
    /// <summary>The target lies beyond the limit on the worse side: every point is expected to meet it.</summary>
    Pass,

    /// <summary>The target lies beyond the limit on the better side: no point is expected to meet it.</summary>
    Fail,

    /// <summary>The target lies between the limits: the process will sometimes meet it and sometimes not.</summary>
    Inconsistent,
}
