namespace OutOfCourt.Core.Queries;

/// <summary>A query the user got wrong: the message says what and how to put it right.</summary>
public class QueryException(string message) : Exception(message);
