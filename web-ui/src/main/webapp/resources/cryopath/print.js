// The print button of a printed page (a file, so that the Content-Security-Policy lets it run).
document.getElementById('printButton').addEventListener('click', function () {
    window.print();
});
