using System.Text;

namespace Extractor.Batch;

/// <summary>
/// Reads a JSON Lines file a line at a time from its bytes, never holding more than <c>maxBytes</c> of one line:
/// a longer line is skipped to its end and reported as too long, so one absurd line costs an error record, not
/// the run's memory. Lines are decoded as UTF-8 (invalid bytes become U+FFFD) without their line ending; a UTF-8
/// byte order mark at the start of the file is skipped.
/// </summary>
internal sealed class BoundedLineReader : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    private readonly Stream _stream;
    private readonly long _maxBytes;
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _position, _filled;
    private bool _atStart = true, _ended;
    private byte[] _line = new byte[1024];

    public BoundedLineReader(Stream stream, long maxBytes)
    {
        _stream = stream;
        _maxBytes = maxBytes;
    }

    /// <summary>The next line, or false at the end. <paramref name="length"/> counts the line's bytes (also when too long).</summary>
    public bool Next(out string? line, out long length, out bool tooLong)
    {
        line = null;
        length = 0;
        tooLong = false;
        if (_ended) return false;
        int kept = 0;
        bool any = false;
        while (true)
        {
            if (_position == _filled && !Fill())
            {
                _ended = true;
                if (!any) return false;
                break;
            }
            any = true;
            var available = _buffer.AsSpan(_position, _filled - _position);
            int newline = available.IndexOf((byte)'\n');
            var piece = newline >= 0 ? available[..newline] : available;
            length += piece.Length;
            if (!tooLong)
            {
                if (length > _maxBytes) tooLong = true;
                else
                {
                    if (kept + piece.Length > _line.Length) Array.Resize(ref _line, (int)Math.Min(Math.Max(_line.Length * 2L, kept + piece.Length), int.MaxValue - 64));
                    piece.CopyTo(_line.AsSpan(kept));
                    kept += piece.Length;
                }
            }
            _position += piece.Length;
            if (newline >= 0) { _position++; break; }
        }
        if (tooLong) return true;
        int end = kept > 0 && _line[kept - 1] == '\r' ? kept - 1 : kept;
        line = Utf8.GetString(_line, 0, end);
        if (_line.Length > 1 << 20) _line = new byte[1024]; // do not keep a huge buffer alive for the rest of the file
        return true;
    }

    private bool Fill()
    {
        _filled = _stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_atStart)
        {
            _atStart = false;
            if (_filled >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _position = 3;
        }
        return _filled > 0;
    }

    public void Dispose() => _stream.Dispose();
}
