"""One plain news story that text-mode tests print chrome around: four paragraphs of body."""

BODY = [
    "The harbour authority has signed a contract to rebuild the old pier, which has been closed "
    "to the public since a storm damaged it three winters ago.",
    "Work will start in March and should take about eighteen months, a spokeswoman said, "
    "adding that the ferry service will run from a temporary landing in the meantime.",
    "Local traders welcomed the news but asked for the works to pause during the summer, when "
    "most visitors come to the waterfront and the market is busiest.",
    "The cost of the project, estimated at twelve million, will be shared between the city and "
    "the regional government under an agreement reached last year.",
]
