using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Styles;

/// <summary>
/// The numbering part. Bulleted lists share one numbering instance; every ordered list gets its own instance with a
/// start override, so each numbered list restarts at 1 however many came before it. Lists in table cells use
/// narrower indents than lists in the body.
/// </summary>
internal sealed class ListNumbering
{
    private const int BodyBullet = 1;
    private const int BodyDecimal = 2;
    private const int CellBullet = 3;
    private const int CellDecimal = 4;

    // Instances 1 and 2 are the shared bullet lists; ordered lists are numbered from 3 on.
    private readonly List<int> _orderedAbstracts = [];

    /// <summary>The numbering instance of a bulleted list in the body or in a table cell.</summary>
    public static int Bullets(bool inCell) => inCell ? 2 : 1;

    /// <summary>A new numbering instance for one ordered list, starting at 1.</summary>
    public int NewOrderedList(bool inCell)
    {
        _orderedAbstracts.Add(inCell ? CellDecimal : BodyDecimal);
        return _orderedAbstracts.Count + 2;
    }

    public W.Numbering Build()
    {
        var numbering = new W.Numbering(
            Abstract(BodyBullet, W.NumberFormatValues.Bullet, "\u2022", left: 720, hanging: 360),
            Abstract(BodyDecimal, W.NumberFormatValues.Decimal, "%1.", left: 720, hanging: 360),
            Abstract(CellBullet, W.NumberFormatValues.Bullet, "\u2022", left: 284, hanging: 227),
            Abstract(CellDecimal, W.NumberFormatValues.Decimal, "%1.", left: 340, hanging: 284),
            Instance(1, BodyBullet),
            Instance(2, CellBullet));
        for (var i = 0; i < _orderedAbstracts.Count; i++)
        {
            var instance = Instance(i + 3, _orderedAbstracts[i]);
            instance.Append(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            numbering.Append(instance);
        }

        return numbering;
    }

    private static W.AbstractNum Abstract(int id, W.NumberFormatValues format, string text, int left, int hanging) =>
        new(
            new W.MultiLevelType { Val = W.MultiLevelValues.SingleLevel },
            new W.Level(
                new W.StartNumberingValue { Val = 1 },
                new W.NumberingFormat { Val = format },
                new W.LevelText { Val = text },
                new W.LevelJustification { Val = W.LevelJustificationValues.Left },
                new W.PreviousParagraphProperties(new W.Indentation { Left = Units.Text(left), Hanging = Units.Text(hanging) }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };

    private static W.NumberingInstance Instance(int id, int abstractId) =>
        new(new W.AbstractNumId { Val = abstractId }) { NumberID = id };
}
