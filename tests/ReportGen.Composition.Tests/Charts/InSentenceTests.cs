using ReportGen.Composition.Charts;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>How an indicator's title reads inside a chart's title and alt text ("Monthly total notifiable offences").</summary>
public sealed class InSentenceTests
{
    [TestCase("Total notifiable offences", "total notifiable offences")] // sentence case: reads on in a sentence
    [TestCase("Repeat MARAC referrals", "repeat MARAC referrals")] // an acronym later on is not title case
    [TestCase("Number of calls to Victim Support", "number of calls to Victim Support")] // a name inside a sentence-case title
    [TestCase("All Crime", "All Crime")] // a category's name in title case stays whole, never "all Crime"
    [TestCase("Violence with Injury", "Violence with Injury")] // title case with a small word
    [TestCase("Arson & Criminal Damage", "Arson & Criminal Damage")] // title case with a sign
    [TestCase("ASB incidents", "ASB incidents")] // a leading acronym stays
    [TestCase("Burglary", "burglary")] // one word: a common noun
    [TestCase("% of victims contacted", "% of victims contacted")] // no letter to lower
    public void A_title_reads_in_a_sentence_as_it_should(string title, string expected)
    {
        Assert.That(PeriodLabels.InSentence(title), Is.EqualTo(expected));
    }
}
