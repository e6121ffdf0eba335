using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class ManualRatingTests
{
    private static Rag? Find(string period, params Observation[] rows) =>
        ManualRating.Find("X", P(period), rows, new List<Problem>());

    [Test]
    public void The_row_for_the_reported_period_gives_the_rating() =>
        Assert.That(Find("2016/17 Q3", Row("2016/17 Q2", rating: Rag.Red), Row("2016/17 Q3", rating: Rag.Amber)), Is.EqualTo(Rag.Amber));

    [Test]
    public void The_reported_period_s_row_beats_rows_inside_it() =>
        Assert.That(Find("2016/17 Q3", Row("2016-12", rating: Rag.Red), Row("2016/17 Q3", rating: Rag.Green)), Is.EqualTo(Rag.Green));

    [Test]
    public void Failing_that_the_last_rated_row_inside_the_period()
    {
        var rating = Find("2016/17 Q3", Row("2016-12", rating: Rag.Green), Row("2016-10", rating: Rag.Red), Row("2016-11", 5));
        Assert.That(rating, Is.EqualTo(Rag.Green), "December is the last rated month of Q3");
    }

    [Test]
    public void A_rated_month_after_the_period_does_not_count() =>
        Assert.That(Find("2016/17 Q3", Row("2016-11", rating: Rag.Amber), Row("2017-01", rating: Rag.Red)), Is.EqualTo(Rag.Amber));

    [Test]
    public void A_rating_for_the_year_does_not_rate_a_quarter() =>
        Assert.That(Find("2016/17 Q3", Row("2016/17", rating: Rag.Red)), Is.Null);

    [Test]
    public void No_rated_row_no_rating() =>
        Assert.That(Find("2016/17 Q3", Row("2016/17 Q3", 5), Row("2016/17 Q2", rating: Rag.Green)), Is.Null);

    [Test]
    public void Ratings_that_disagree_give_none_and_a_warning()
    {
        var warnings = new List<Problem>();
        var rows = new[] { Row("2016/17 Q3", rating: Rag.Green), Row("2016/17 Q3", rating: Rag.Red) };
        Assert.That(ManualRating.Find("X", P("2016/17 Q3"), rows, warnings), Is.Null);
        Assert.That(warnings.Single().Message, Is.EqualTo(
            "X: the rows for 2016/17 Q3 give different ratings (Red and Green), so it has no rating; give one rating per period"));
    }

    [Test]
    public void No_rated_row_is_a_warning_never_a_silent_blank()
    {
        var warnings = new List<Problem>();
        Assert.That(ManualRating.Find("X", P("2016-12"), [Row("2016/17 Q3", rating: Rag.Red)], warnings), Is.Null, "a quarter's rating does not rate its months");
        Assert.That(warnings.Single().Message, Is.EqualTo(
            "X: is rated by hand (rag: manual) but no data row gives a rating for 2016-12, so it has no rating; add a row for 2016-12 with a rating (G, A or R)"));
    }
}
