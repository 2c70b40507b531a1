using Extractor.Evaluation;

namespace Extractor.Tests.Evaluation;

public class ConlluReaderTests
{
    // A sentence of our own in CoNLL-U form: 'del' is a multiword token (de + el), '%' has no space before it.
    private const string Sentence = """
        1	Subió	subir	VERB	_	_	0	root	_	_
        2	un	uno	DET	_	_	3	det	_	_
        3	4	4	NUM	_	_	1	obj	_	SpaceAfter=No
        4	%	%	SYM	_	_	3	nmod	_	_
        5-6	del	_	_	_	_	_	_	_	_
        5	de	de	ADP	_	_	7	case	_	_
        6	el	el	DET	_	_	7	det	_	_
        7	grupo	grupo	NOUN	_	_	1	obl	_	SpaceAfter=No
        8	.	.	PUNCT	_	_	1	punct	_	_

        """;

    [Fact]
    public void Surface_tokens_count_multiword_tokens_once_and_text_is_rebuilt_from_space_after()
    {
        var sentence = ConlluReader.Read(new StringReader(Sentence)).Single();
        Assert.Equal(new[] { "Subió", "un", "4", "%", "del", "grupo", "." }, sentence.SurfaceTokens);
        Assert.Equal("Subió un 4% del grupo.", sentence.Text);
    }

    [Fact]
    public void The_text_line_is_preferred_when_present()
    {
        var sentence = ConlluReader.Read(new StringReader("# text = Subió un 4% del grupo.\n" + Sentence)).Single();
        Assert.Equal("Subió un 4% del grupo.", sentence.Text);
    }
}
